#version 330 core
// Lambert + ambient + a little Blinn-Phong for the surface; points unlit.
in vec3 v_normal;
in vec3 v_color;

uniform vec3 u_light;  // unit vector towards the light, world space
uniform vec3 u_eye;    // unit vector towards the viewer, world space
uniform bool u_lit;

out vec4 fragColor;

void main() {
  if (!u_lit) {
    fragColor = vec4(v_color, 1.0);
    return;
  }
  vec3 n = normalize(v_normal);
  if (!gl_FrontFacing) n = -n;  // the underside, seen from below, is lit too
  float diffuse = max(dot(n, u_light), 0.0);
  vec3 h = normalize(u_light + u_eye);
  float specular = pow(max(dot(n, h), 0.0), 32.0) * 0.25;
  fragColor = vec4(v_color * (0.35 + 0.65 * diffuse) + vec3(specular), 1.0);
}
