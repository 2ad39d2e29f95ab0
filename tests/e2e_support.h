// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
//
// What the end-to-end tests share: a scratch directory, running the built
// `dyad` binary (DYAD_BIN) with stdout and stderr captured in files (no
// pipes: nothing can dead-lock on a full buffer), and the check whether the
// syntax model is there (commands that parse skip without it).
#ifndef DYAD_TESTS_E2E_SUPPORT_H_
#define DYAD_TESTS_E2E_SUPPORT_H_

#include <fcntl.h>
#include <gtest/gtest.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

extern char** environ;

namespace dyad::e2e {

inline std::string ReadFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// A scratch directory, removed when the test ends.
class TempDir {
 public:
  TempDir() {
    std::string pattern =
        (std::filesystem::temp_directory_path() / "dyad-e2e-XXXXXX");
    path_ = mkdtemp(pattern.data());
  }
  ~TempDir() { std::filesystem::remove_all(path_); }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  std::filesystem::path operator/(const std::string& name) const {
    return path_ / name;
  }
  std::string Write(const std::string& name, const std::string& data) const {
    std::filesystem::path p = path_ / name;
    std::filesystem::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << data;
    return p.string();
  }

 private:
  std::filesystem::path path_;
};

struct Result {
  int exit_code = -1;
  std::string out;
  std::string err;
  // stdout split into lines, each parsed as JSON.
  std::vector<nlohmann::json> Lines() const {
    std::vector<nlohmann::json> lines;
    std::istringstream s(out);
    for (std::string line; std::getline(s, line);) {
      lines.push_back(nlohmann::json::parse(line));
    }
    return lines;
  }
};

// Runs `dyad args...` with stdin from `stdin_path`.
inline Result RunDyad(const std::vector<std::string>& args,
                      const std::string& stdin_path = "/dev/null") {
  TempDir dir;
  const std::string out_path = dir / "stdout";
  const std::string err_path = dir / "stderr";
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 0, stdin_path.c_str(), O_RDONLY,
                                   0);
  posix_spawn_file_actions_addopen(&actions, 1, out_path.c_str(),
                                   O_WRONLY | O_CREAT | O_TRUNC, 0644);
  posix_spawn_file_actions_addopen(&actions, 2, err_path.c_str(),
                                   O_WRONLY | O_CREAT | O_TRUNC, 0644);
  std::vector<std::string> argv_strings = {DYAD_BIN};
  argv_strings.insert(argv_strings.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (std::string& a : argv_strings) argv.push_back(a.data());
  argv.push_back(nullptr);
  pid_t pid;
  Result result;
  if (posix_spawn(&pid, DYAD_BIN, &actions, nullptr, argv.data(), environ) ==
      0) {
    int status = 0;
    waitpid(pid, &status, 0);
    result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128;
  }
  posix_spawn_file_actions_destroy(&actions);
  result.out = ReadFile(out_path);
  result.err = ReadFile(err_path);
  return result;
}

// `dyad code` loads the syntax model ($DYAD_DATA, else the source tree's
// data/, as the pipeline looks); tests of commands that parse skip without
// it.
inline bool HaveSyntaxModel() {
  const char* env = std::getenv("DYAD_DATA");
  const std::string data = env != nullptr && *env != 0
                               ? env
                               : std::string(DYAD_SOURCE_DIR) + "/data";
  return std::filesystem::exists(data + "/models/syntax-en-ewt.dmdl");
}

}  // namespace dyad::e2e

#define SKIP_WITHOUT_SYNTAX_MODEL()                                    \
  if (!::dyad::e2e::HaveSyntaxModel())                                 \
  GTEST_SKIP() << "no syntax model (data/models/syntax-en-ewt.dmdl): " \
                  "dyad code cannot run"

#endif  // DYAD_TESTS_E2E_SUPPORT_H_
