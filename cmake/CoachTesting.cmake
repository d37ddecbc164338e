# coach_add_test(NAME <name> SOURCES <files...> LIBS <libs...> [LABELS <labels...>] [TIMEOUT <s>])
# Builds one QTest program and registers it with CTest.
function(coach_add_test)
    cmake_parse_arguments(ARG "" "NAME;TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
    add_executable(${ARG_NAME} ${ARG_SOURCES})
    target_link_libraries(${ARG_NAME} PRIVATE coach_options Qt6::Test ${ARG_LIBS})
    target_compile_definitions(${ARG_NAME} PRIVATE
        COACH_TEST_DATA_DIR="${COACH_TEST_DATA_DIR}"
        COACH_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
        COACH_BINARY_DIR="${CMAKE_BINARY_DIR}")
    add_test(NAME ${ARG_NAME} COMMAND ${ARG_NAME})
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 300)
    endif()
    set_tests_properties(${ARG_NAME} PROPERTIES
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8"
        TIMEOUT ${ARG_TIMEOUT}
        LABELS "${ARG_LABELS}")
endfunction()

# coach_add_test_folder(<dir> LIBS <libs...> [LABELS ...])
# One test program per tst_*.cpp in <dir>. A test that includes a
# "fakerasa/..." header also links the fake Rasa server library, so that
# tests which do not need it do not depend on it.
function(coach_add_test_folder dir)
    cmake_parse_arguments(ARG "" "" "LIBS;LABELS" ${ARGN})
    file(GLOB tests CONFIGURE_DEPENDS ${dir}/tst_*.cpp)
    foreach(test_source ${tests})
        get_filename_component(test_name ${test_source} NAME_WE)
        set(libs ${ARG_LIBS})
        file(STRINGS ${test_source} uses_fake REGEX "#include \"fakerasa/")
        if(uses_fake)
            list(APPEND libs fakerasa)
        endif()
        coach_add_test(NAME ${test_name} SOURCES ${test_source} LIBS ${libs} LABELS ${ARG_LABELS})
    endforeach()
endfunction()
