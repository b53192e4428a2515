#version 330 core
// Round point sprites; gl_PointSize includes one pixel of antialiasing fringe.
// The colour is looked up here, once per point: llvmpipe shades every sprite
// in 4 x 4 pixel blocks, so per-fragment texture reads would dominate.
layout(location = 0) in vec2 a_position;  // data units
layout(location = 1) in float a_value;

uniform vec4 u_view;
uniform float u_sizePx;  // device pixels
uniform vec2 u_range;    // vmin, 1 / (vmax - vmin)
uniform sampler2D u_colormap;  // 256 x 1
uniform bool u_useValues;
uniform vec4 u_color;

flat out vec4 v_color;

void main() {
  gl_Position = vec4(2.0 * (a_position - u_view.xy) / (u_view.zw - u_view.xy) - 1.0, 0.0, 1.0);
  gl_PointSize = u_sizePx + 1.0;
  float t = clamp((a_value - u_range.x) * u_range.y, 0.0, 1.0);
  v_color = u_useValues ? vec4(textureLod(u_colormap, vec2(t * (255.0 / 256.0) + 0.5 / 256.0, 0.5), 0.0).rgb, u_color.a)
                        : u_color;
}
