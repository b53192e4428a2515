#version 330 core
// The GAN lab's 3D energy landscape (widgets/labs/gan/gan_surface_view.cpp):
// a lit height field U(x) plus the samples as points on it.
layout(location = 0) in vec3 a_position;  // world units: the plane in [-1, 1]^2, height in [0, h]
layout(location = 1) in vec3 a_normal;
layout(location = 2) in vec3 a_color;

uniform mat4 u_mvp;
uniform float u_pointSize;

out vec3 v_normal;
out vec3 v_color;

void main() {
  v_normal = a_normal;
  v_color = a_color;
  gl_Position = u_mvp * vec4(a_position, 1.0);
  gl_PointSize = u_pointSize;
}
