# coach_add_test(NAME <name> SOURCES <files...> LIBS <libs...> [GUI] [LABELS <labels...>] [TIMEOUT <s>])
# Builds one QTest program and registers it with CTest.
function(coach_add_test)
    cmake_parse_arguments(ARG "GUI" "NAME;TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
    add_executable(${ARG_NAME} ${ARG_SOURCES})
    target_link_libraries(${ARG_NAME} PRIVATE coach_options Qt6::Test ${ARG_LIBS})
    target_compile_definitions(${ARG_NAME} PRIVATE
        COACH_TEST_DATA_DIR="${COACH_TEST_DATA_DIR}"
        COACH_BINARY_DIR="${CMAKE_BINARY_DIR}")
    add_test(NAME ${ARG_NAME} COMMAND ${ARG_NAME})
    set(env "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8")
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 300)
    endif()
    set_tests_properties(${ARG_NAME} PROPERTIES
        ENVIRONMENT "${env}"
        TIMEOUT ${ARG_TIMEOUT}
        LABELS "${ARG_LABELS}")
endfunction()

# coach_add_test_folder(<dir> LIBS <libs...> [GUI] [LABELS ...])
# One test program per tst_*.cpp in <dir>.
function(coach_add_test_folder dir)
    cmake_parse_arguments(ARG "GUI" "" "LIBS;LABELS" ${ARGN})
    file(GLOB tests CONFIGURE_DEPENDS ${dir}/tst_*.cpp)
    foreach(test_source ${tests})
        get_filename_component(test_name ${test_source} NAME_WE)
        if(ARG_GUI)
            coach_add_test(NAME ${test_name} SOURCES ${test_source} LIBS ${ARG_LIBS}
                LABELS ${ARG_LABELS} GUI)
        else()
            coach_add_test(NAME ${test_name} SOURCES ${test_source} LIBS ${ARG_LIBS}
                LABELS ${ARG_LABELS})
        endif()
    endforeach()
endfunction()
