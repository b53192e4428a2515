#version 330 core
// A quad covering the whole viewport, textured with a premultiplied image.
layout(location = 0) in vec2 a_corner;  // (0, 0) .. (1, 1)

out vec2 v_uv;

void main() {
  v_uv = vec2(a_corner.x, 1.0 - a_corner.y);  // image row 0 is the top
  gl_Position = vec4(2.0 * a_corner - 1.0, 0.0, 1.0);
}
