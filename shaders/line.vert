#version 330 core
// Thick lines, expanded to quads on the CPU in device pixels (the core profile
// has no wide lines). a_frame: signed distance across the line, distance along it.
layout(location = 0) in vec2 a_px;
layout(location = 1) in vec2 a_frame;

uniform vec2 u_viewportPx;

out vec2 v_frame;

void main() {
  v_frame = a_frame;
  gl_Position = vec4(2.0 * a_px / u_viewportPx - 1.0, 0.0, 1.0);
}
