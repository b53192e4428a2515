#version 330 core
// Instanced arrows of one on-screen length, centred on their anchor. The
// direction is normalised in pixels, not data units, so an axis stretched by
// the window's aspect ratio still shows the true on-screen slope.
layout(location = 0) in vec2 a_local;      // arrow mesh: unit length along +x, centred at 0
layout(location = 1) in vec2 a_position;   // per instance, data units
layout(location = 2) in vec2 a_direction;  // per instance, data units
layout(location = 3) in float a_value;     // per instance, colour value

uniform vec4 u_view;
uniform vec2 u_viewportPx;
uniform float u_lengthPx;  // device pixels
uniform vec2 u_range;      // vmin, 1 / (vmax - vmin)
uniform sampler2D u_colormap;  // 256 x 1

flat out vec3 v_color;

void main() {
  vec2 pxPerUnit = u_viewportPx / (u_view.zw - u_view.xy);
  vec2 d = a_direction * pxPerUnit;
  float len = length(d);
  // A zero direction collapses the arrow to a point: nothing is drawn.
  vec2 dir = len > 0.0 ? d / len : vec2(0.0);
  vec2 normal = vec2(-dir.y, dir.x);
  vec2 px = (a_position - u_view.xy) * pxPerUnit + (a_local.x * dir + a_local.y * normal) * u_lengthPx;
  gl_Position = vec4(2.0 * px / u_viewportPx - 1.0, 0.0, 1.0);
  // One colour per arrow, looked up per vertex rather than per fragment (cheaper on llvmpipe).
  float t = clamp((a_value - u_range.x) * u_range.y, 0.0, 1.0);
  v_color = textureLod(u_colormap, vec2(t * (255.0 / 256.0) + 0.5 / 256.0, 0.5), 0.0).rgb;
}
