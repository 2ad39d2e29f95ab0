# Every dependency comes from a Debian 12 package; see docs/dependencies.md.
find_package(PkgConfig REQUIRED)
find_package(Threads REQUIRED)
find_package(ZLIB REQUIRED)
find_package(fmt REQUIRED)
find_package(simdjson REQUIRED)
find_package(nlohmann_json 3.10 REQUIRED)
find_package(CLI11 REQUIRED)
find_package(SQLite3 REQUIRED)
pkg_check_modules(UTF8PROC REQUIRED IMPORTED_TARGET libutf8proc)

# libcsv ships neither a CMake config nor a pkg-config file.
find_path(CSV_INCLUDE_DIR csv.h REQUIRED)
find_library(CSV_LIBRARY csv REQUIRED)
add_library(dyad_csv INTERFACE)
target_include_directories(dyad_csv INTERFACE ${CSV_INCLUDE_DIR})
target_link_libraries(dyad_csv INTERFACE ${CSV_LIBRARY})
