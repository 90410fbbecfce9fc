# CMake package config for steun: find_package(steun) gives the imported targets
#   steun::steun         the shared library
#   steun::steun_static  the static library (with the system libraries it needs)
get_filename_component(_steun_prefix "${CMAKE_CURRENT_LIST_DIR}/../../.." ABSOLUTE)

if(NOT TARGET steun::steun)
  add_library(steun::steun SHARED IMPORTED)
  set_target_properties(steun::steun PROPERTIES
    IMPORTED_LOCATION "${_steun_prefix}/lib/libsteun.so.@VERSION@"
    IMPORTED_SONAME "libsteun.so.@MAJOR@"
    INTERFACE_INCLUDE_DIRECTORIES "${_steun_prefix}/include")
endif()

if(NOT TARGET steun::steun_static)
  add_library(steun::steun_static STATIC IMPORTED)
  set_target_properties(steun::steun_static PROPERTIES
    IMPORTED_LOCATION "${_steun_prefix}/lib/libsteun.a"
    INTERFACE_INCLUDE_DIRECTORIES "${_steun_prefix}/include"
    INTERFACE_LINK_LIBRARIES "@NATIVE_LIBS_CMAKE@")
endif()

set(steun_INCLUDE_DIRS "${_steun_prefix}/include")
set(steun_LIBRARIES steun::steun)
unset(_steun_prefix)
