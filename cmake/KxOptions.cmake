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

# libFuzzer builds (clang only): every target is instrumented for coverage and
# checked by ASan/UBSan; only the fuzz targets of tests/fuzz link the fuzzer.
option(KX_FUZZ "Build the libFuzzer targets (needs clang)" OFF)
if(KX_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "KX_FUZZ needs clang: configure with -DCMAKE_CXX_COMPILER=clang++")
  endif()
  target_compile_options(kx_options INTERFACE -fsanitize=fuzzer-no-link,address,undefined
    -fno-sanitize-recover=all -fno-omit-frame-pointer -g)
  target_link_options(kx_options INTERFACE -fsanitize=address,undefined)
endif()

# Release builds may use the host's vector units (AVX2 where present): the
# walkers and networks are the hot loops of the app.
option(KX_NATIVE "Optimise for the build machine's CPU" ON)
if(KX_NATIVE)
  target_compile_options(kx_options INTERFACE $<$<CONFIG:Release>:-march=native>)
endif()
