#version 330 core
// One quad covering the layer's rectangle, mapped from data units to clip space.
layout(location = 0) in vec2 a_corner;  // (0, 0) .. (1, 1)

uniform vec4 u_view;  // xMin, yMin, xMax, yMax of the data window
uniform vec4 u_rect;  // the layer's rectangle, same order

out vec2 v_uv;

void main() {
  vec2 p = mix(u_rect.xy, u_rect.zw, a_corner);
  v_uv = a_corner;
  gl_Position = vec4(2.0 * (p - u_view.xy) / (u_view.zw - u_view.xy) - 1.0, 0.0, 1.0);
}
