#version 330 core
// Colour-maps a float texture; the optional shade texture multiplies the colour
// (line-integral convolution and the like). NaN cells stay transparent.
uniform sampler2D u_values;
uniform sampler2D u_shade;
uniform sampler2D u_colormap;  // 256 x 1
uniform vec2 u_range;          // vmin, 1 / (vmax - vmin)
uniform float u_opacity;
uniform bool u_shaded;

in vec2 v_uv;
out vec4 fragColor;

void main() {
  float v = texture(u_values, v_uv).r;
  if (isnan(v)) discard;
  float t = clamp((v - u_range.x) * u_range.y, 0.0, 1.0);
  // Texel centres: t = 0 reads entry 0, t = 1 reads entry 255.
  vec3 colour = texture(u_colormap, vec2(t * (255.0 / 256.0) + 0.5 / 256.0, 0.5)).rgb;
  if (u_shaded) colour *= texture(u_shade, v_uv).r;
  fragColor = vec4(colour, u_opacity);
}
