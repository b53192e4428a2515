# Warnings and sanitizers shared by every target of the project (kx_common),
# and kx_options = kx_common + the instruction-set baseline (below).
add_library(kx_common INTERFACE)
target_compile_options(kx_common INTERFACE -Wall -Wextra -Wpedantic
  # Designated initialisers leave fields at their defaults on purpose; GCC 12
  # reports false "maybe uninitialized" inside Eigen's AVX-512 kernels.
  -Wno-missing-field-initializers $<$<CXX_COMPILER_ID:GNU>:-Wno-maybe-uninitialized>)

set(KX_SANITIZE "" CACHE STRING "Sanitizers to build with: address,undefined or thread")
if(KX_SANITIZE)
  # -g1: line tables are all a sanitizer's stack trace needs (file:line per
  # frame); full debug info made each object 5x larger and its compile 1.5x
  # slower (docs/reliability.md, "CI time").
  target_compile_options(kx_common INTERFACE -fsanitize=${KX_SANITIZE} -fno-omit-frame-pointer -g1)
  target_link_options(kx_common INTERFACE -fsanitize=${KX_SANITIZE})
  if(KX_SANITIZE MATCHES "undefined")
    target_compile_options(kx_common INTERFACE -fno-sanitize-recover=undefined)
  endif()
endif()

# libFuzzer builds (clang only): every target is instrumented for coverage and
# checked by ASan/UBSan; only the fuzz targets of tests/fuzz link the fuzzer.
option(KX_FUZZ "Build the libFuzzer targets (needs clang)" OFF)
if(KX_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "KX_FUZZ needs clang: configure with -DCMAKE_CXX_COMPILER=clang++")
  endif()
  target_compile_options(kx_common INTERFACE -fsanitize=fuzzer-no-link,address,undefined
    -fno-sanitize-recover=all -fno-omit-frame-pointer -g)
  target_link_options(kx_common INTERFACE -fsanitize=address,undefined)
endif()

# The instruction-set baseline (issue 23, docs/architecture.md "Instruction
# sets"). Every binary targets x86-64-v2 (SSE4.2, POPCNT: every x86-64 CPU
# sold in the last decade, including the Atom, Celeron and Pentium parts that
# lack AVX); x86-64-v3 would exclude those. The hot kernels are compiled once
# more per wider level by kx_isa_kernels() and pick their path at run time.
# KX_NATIVE=ON builds everything for the build machine's CPU instead (a binary
# for that machine only).
option(KX_NATIVE "Optimise everything for the build machine's CPU (not portable)" OFF)
add_library(kx_options INTERFACE)
target_link_libraries(kx_options INTERFACE kx_common)
if(KX_NATIVE)
  target_compile_options(kx_options INTERFACE -march=native)
else()
  target_compile_options(kx_options INTERFACE -march=x86-64-v2 -mtune=generic)
endif()

# kx_isa_kernels(TARGET SOURCES...): compiles each source once per path of
# core/util/cpu_isa.h into TARGET, with KX_ISA naming the path
# (kx::core::Isa::Portable/Avx2/Avx512) and KX_ISA_SUFFIX a token for it.
# A kernel source defines `template <> f<KX_ISA>(...)` and keeps everything
# else internal; tests/build/isa_objects_test.cmake checks that no inline or
# template code compiled for a wide path can be shared with a narrower one.
# Contraction into FMA is explicit (-ffp-contract=fast): the AVX2 and AVX-512
# paths use FMA and agree with each other bit for bit; the portable path has
# no FMA and agrees to float rounding (integer kernels: bit for bit on all).
# Without FMA the continuous walks ran 20% slower on AVX-512 (measured).
set(KX_ISA_FLAGS_portable -march=x86-64-v2 -mtune=generic)
set(KX_ISA_FLAGS_avx2 -march=x86-64-v3 -mtune=generic)
set(KX_ISA_FLAGS_avx512 -march=x86-64-v4 -mtune=generic -mprefer-vector-width=512)
set(KX_ISA_ENUM_portable Portable)
set(KX_ISA_ENUM_avx2 Avx2)
set(KX_ISA_ENUM_avx512 Avx512)
function(kx_isa_kernels target)
  foreach(isa portable avx2 avx512)
    set(objects ${target}_${isa})
    if(NOT TARGET ${objects})
      add_library(${objects} OBJECT)
      set_target_properties(${objects} PROPERTIES AUTOMOC OFF AUTOUIC OFF AUTORCC OFF)
      target_link_libraries(${objects} PRIVATE kx_common Eigen3::Eigen)
      target_include_directories(${objects} PRIVATE ${PROJECT_SOURCE_DIR})
      target_compile_options(${objects} PRIVATE ${KX_ISA_FLAGS_${isa}} -ffp-contract=fast -fno-math-errno -fno-trapping-math)
      target_compile_definitions(${objects} PRIVATE KX_ISA=kx::core::Isa::${KX_ISA_ENUM_${isa}}
                                 KX_ISA_SUFFIX=${isa})
      target_sources(${target} PRIVATE $<TARGET_OBJECTS:${objects}>)
      set_property(GLOBAL APPEND PROPERTY KX_ISA_OBJECT_LIBRARIES ${objects})
    endif()
    target_sources(${objects} PRIVATE ${ARGN})
  endforeach()
endfunction()
