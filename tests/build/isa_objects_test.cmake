# Fails when an object compiled for one instruction-set path (kx_isa_kernels,
# cmake/KxOptions.cmake) defines a weak or unique symbol: an inline function
# or template instance the linker may keep from the AVX-512 object and call
# from portable code, which stops with an illegal instruction on a CPU
# without AVX-512. Kernels give such code internal linkage instead; Eigen
# compiled per path lives in its own renamed namespace (kx_eigen_*).
# Usage: cmake -DNM=nm -DOBJECTS="a.o|b.o" -P isa_objects_test.cmake
string(REPLACE "|" ";" objects "${OBJECTS}")
list(LENGTH objects count)
if(count EQUAL 0)
  message(FATAL_ERROR "no instruction-set objects to check")
endif()
set(shared "")
foreach(object IN LISTS objects)
  execute_process(COMMAND "${NM}" --defined-only "${object}" OUTPUT_VARIABLE symbols RESULT_VARIABLE status)
  if(NOT status EQUAL 0)
    message(FATAL_ERROR "nm failed on ${object}")
  endif()
  string(REPLACE "\n" ";" lines "${symbols}")
  foreach(line IN LISTS lines)
    if(line MATCHES "^[0-9a-f]* [WVu] (.*)$")
      set(symbol "${CMAKE_MATCH_1}")
      # DW.ref.__gxx_personality_v0 is data (a pointer to the C++ runtime's
      # unwinder), the same in every object.
      if(NOT symbol MATCHES "kx_eigen_" AND NOT symbol STREQUAL "DW.ref.__gxx_personality_v0")
        list(APPEND shared "${object}: ${symbol}")
      endif()
    endif()
  endforeach()
endforeach()
if(shared)
  list(JOIN shared "\n  " text)
  message(FATAL_ERROR "instruction-set objects define symbols another path may link to:\n  ${text}")
endif()
message(STATUS "${count} instruction-set objects define no shared inline or template code")
