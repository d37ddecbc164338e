# coach_add_test_program(NAME <name> SOURCES <files...> LIBS <libs...>)
# Builds one QTest program (not registered with CTest).
function(coach_add_test_program)
    cmake_parse_arguments(ARG "" "NAME" "SOURCES;LIBS" ${ARGN})
    add_executable(${ARG_NAME} ${ARG_SOURCES})
    target_link_libraries(${ARG_NAME} PRIVATE coach_options Qt6::Test ${ARG_LIBS})
    target_compile_definitions(${ARG_NAME} PRIVATE
        COACH_TEST_DATA_DIR="${COACH_TEST_DATA_DIR}"
        COACH_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
        COACH_BINARY_DIR="${CMAKE_BINARY_DIR}")
endfunction()

# coach_add_test(NAME <name> SOURCES <files...> LIBS <libs...> [LABELS <labels...>] [TIMEOUT <s>])
# Builds one QTest program and registers it with CTest.
function(coach_add_test)
    cmake_parse_arguments(ARG "" "NAME;TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
    coach_add_test_program(NAME ${ARG_NAME} SOURCES ${ARG_SOURCES} LIBS ${ARG_LIBS})
    add_test(NAME ${ARG_NAME} COMMAND ${ARG_NAME})
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 300)
    endif()
    set_tests_properties(${ARG_NAME} PROPERTIES
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8"
        TIMEOUT ${ARG_TIMEOUT}
        LABELS "${ARG_LABELS}")
endfunction()

# coach_add_opt_in_test(NAME <name> WHEN_SET <VARIABLE> LABELS <labels...>
#                       COMMAND <command...> [TIMEOUT <s>])
# A test a plain `ctest` does not run, because it needs what the default run
# does not have: a real Rasa server (label e2e, VARIABLE COACH_E2E_URL) or
# minutes of quiet CPU (label bench, VARIABLE COACH_BENCH). CTest registers it
# only when VARIABLE is set in the environment ctest runs in, e.g.
# `COACH_BENCH=1 ctest -L bench`; it can therefore never pass by skipping.
function(coach_add_opt_in_test)
    cmake_parse_arguments(ARG "" "NAME;WHEN_SET;TIMEOUT" "LABELS;COMMAND" ${ARGN})
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 600)
    endif()
    set(command "")
    foreach(word ${ARG_COMMAND})
        string(APPEND command " [==[${word}]==]")
    endforeach()
    set(file ${CMAKE_CURRENT_BINARY_DIR}/${ARG_NAME}_opt_in.cmake)
    file(GENERATE OUTPUT ${file} CONTENT
"if(NOT \"\$ENV{${ARG_WHEN_SET}}\" STREQUAL \"\")
  add_test([==[${ARG_NAME}]==]${command})
  set_tests_properties([==[${ARG_NAME}]==] PROPERTIES LABELS [==[${ARG_LABELS}]==]
    TIMEOUT ${ARG_TIMEOUT} ENVIRONMENT [==[QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8]==])
endif()
")
    set_property(DIRECTORY APPEND PROPERTY TEST_INCLUDE_FILES ${file})
endfunction()

# coach_add_test_folder(<dir> LIBS <libs...> [LABELS ...] [EXCEPT <names...>])
# One test program per tst_*.cpp in <dir> (but the EXCEPT ones, which the
# caller registers itself). A test that includes a "fakerasa/..." header
# also links the fake Rasa server library, so that tests which do not need
# it do not depend on it.
function(coach_add_test_folder dir)
    cmake_parse_arguments(ARG "" "" "LIBS;LABELS;EXCEPT" ${ARGN})
    file(GLOB tests CONFIGURE_DEPENDS ${dir}/tst_*.cpp)
    foreach(test_source ${tests})
        get_filename_component(test_name ${test_source} NAME_WE)
        if(test_name IN_LIST ARG_EXCEPT)
            continue()
        endif()
        coach_test_libs(libs ${test_source} ${ARG_LIBS})
        coach_add_test(NAME ${test_name} SOURCES ${test_source} LIBS ${libs} LABELS ${ARG_LABELS})
    endforeach()
endfunction()

# coach_test_libs(<out> <source> <libs...>): <libs>, plus fakerasa when
# <source> includes one of its headers.
function(coach_test_libs out source)
    set(libs ${ARGN})
    file(STRINGS ${source} uses_fake REGEX "#include \"fakerasa/")
    if(uses_fake)
        list(APPEND libs fakerasa)
    endif()
    set(${out} ${libs} PARENT_SCOPE)
endfunction()
