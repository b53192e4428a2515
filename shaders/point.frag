#version 330 core
uniform sampler2D u_colormap;  // 256 x 1
uniform bool u_useValues;
uniform vec4 u_color;
uniform float u_sizePx;

in float v_t;
out vec4 fragColor;

void main() {
  // Distance from the sprite centre in pixels; coverage falls off over one pixel.
  float r = length(gl_PointCoord - vec2(0.5)) * (u_sizePx + 1.0);
  float coverage = clamp(u_sizePx * 0.5 + 0.5 - r, 0.0, 1.0);
  if (coverage <= 0.0) discard;
  vec4 colour = u_useValues ? vec4(texture(u_colormap, vec2(v_t * (255.0 / 256.0) + 0.5 / 256.0, 0.5)).rgb, u_color.a)
                            : u_color;
  fragColor = vec4(colour.rgb, colour.a * coverage);
}
