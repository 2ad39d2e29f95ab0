# dyad_add_test(NAME name SOURCES a_test.cc ... [LABELS unit ...] [LIBS ...])
# One test binary per pipeline stage, so that a failure points at a stage.
find_package(GTest REQUIRED)
function(dyad_add_test)
  cmake_parse_arguments(T "" "NAME" "SOURCES;LABELS;LIBS" ${ARGN})
  add_executable(${T_NAME} ${T_SOURCES})
  target_link_libraries(${T_NAME} PRIVATE dyad_core dyad_internal dyad_flags
    GTest::gtest GTest::gmock GTest::gtest_main ${T_LIBS})
  target_compile_definitions(${T_NAME} PRIVATE
    DYAD_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
    DYAD_SHARED_DIR="${PROJECT_SOURCE_DIR}/../shared")
  if(NOT T_LABELS)
    set(T_LABELS unit)
  endif()
  gtest_discover_tests(${T_NAME} PROPERTIES LABELS "${T_LABELS}"
    DISCOVERY_TIMEOUT 60)
endfunction()
