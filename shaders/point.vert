#version 330 core
// Round point sprites; gl_PointSize includes one pixel of antialiasing fringe.
layout(location = 0) in vec2 a_position;  // data units
layout(location = 1) in float a_value;

uniform vec4 u_view;
uniform float u_sizePx;  // device pixels
uniform vec2 u_range;    // vmin, 1 / (vmax - vmin)

out float v_t;

void main() {
  gl_Position = vec4(2.0 * (a_position - u_view.xy) / (u_view.zw - u_view.xy) - 1.0, 0.0, 1.0);
  gl_PointSize = u_sizePx + 1.0;
  v_t = clamp((a_value - u_range.x) * u_range.y, 0.0, 1.0);
}
