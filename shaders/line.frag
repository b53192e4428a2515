#version 330 core
uniform vec4 u_color;
uniform float u_halfWidthPx;
uniform vec2 u_dash;  // on length, period (device pixels); period 0 = solid

in vec2 v_frame;
out vec4 fragColor;

void main() {
  if (u_dash.y > 0.0 && mod(v_frame.y, u_dash.y) > u_dash.x) discard;
  float coverage = clamp(u_halfWidthPx + 0.5 - abs(v_frame.x), 0.0, 1.0);
  fragColor = vec4(u_color.rgb, u_color.a * coverage);
}
