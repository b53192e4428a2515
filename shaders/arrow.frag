#version 330 core
uniform sampler2D u_colormap;  // 256 x 1

in float v_t;
out vec4 fragColor;

void main() {
  fragColor = vec4(texture(u_colormap, vec2(v_t * (255.0 / 256.0) + 0.5 / 256.0, 0.5)).rgb, 1.0);
}
