# Warnings and sanitizers shared by every target of the project.
add_library(kx_options INTERFACE)
target_compile_options(kx_options INTERFACE -Wall -Wextra -Wpedantic
  # Designated initialisers leave fields at their defaults on purpose; GCC 12
  # reports false "maybe uninitialized" inside Eigen's AVX-512 kernels.
  -Wno-missing-field-initializers $<$<CXX_COMPILER_ID:GNU>:-Wno-maybe-uninitialized>)

set(KX_SANITIZE "" CACHE STRING "Sanitizers to build with: address,undefined or thread")
if(KX_SANITIZE)
  target_compile_options(kx_options INTERFACE -fsanitize=${KX_SANITIZE} -fno-omit-frame-pointer -g)
  target_link_options(kx_options INTERFACE -fsanitize=${KX_SANITIZE})
  if(KX_SANITIZE MATCHES "undefined")
    target_compile_options(kx_options INTERFACE -fno-sanitize-recover=undefined)
  endif()
endif()

# Release builds may use the host's vector units (AVX2 where present): the
# walkers and networks are the hot loops of the app.
option(KX_NATIVE "Optimise for the build machine's CPU" ON)
if(KX_NATIVE)
  target_compile_options(kx_options INTERFACE $<$<CONFIG:Release>:-march=native>)
endif()
