# kx_add_subfolders(GLOB): add_subdirectory() for every folder matching GLOB
# (relative to the current source folder) that holds a CMakeLists.txt, in name
# order. A lab's own folders (core/<topic>, widgets/labs/<lab>, their tests)
# join the build this way, without a line elsewhere (docs/architecture.md,
# "Adding a lab"); CONFIGURE_DEPENDS notices a new folder at the next build.
function(kx_add_subfolders pattern)
  file(GLOB lists CONFIGURE_DEPENDS RELATIVE ${CMAKE_CURRENT_SOURCE_DIR} ${pattern}/CMakeLists.txt)
  list(SORT lists)
  foreach(list IN LISTS lists)
    get_filename_component(folder ${list} DIRECTORY)
    add_subdirectory(${folder})
  endforeach()
endfunction()
