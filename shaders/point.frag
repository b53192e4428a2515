#version 330 core
uniform float u_sizePx;

flat in vec4 v_color;
out vec4 fragColor;

void main() {
  // Distance from the sprite centre in pixels; coverage falls off over one pixel.
  float r = length(gl_PointCoord - vec2(0.5)) * (u_sizePx + 1.0);
  float coverage = clamp(u_sizePx * 0.5 + 0.5 - r, 0.0, 1.0);
  if (coverage <= 0.0) discard;
  fragColor = vec4(v_color.rgb, v_color.a * coverage);
}
