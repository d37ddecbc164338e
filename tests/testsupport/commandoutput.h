#pragma once

#include <QString>

#include <functional>

namespace Coach::TestSupport {

//! What a headless command printed and returned.
struct CommandOutput
{
    int exitCode = 0;
    QString out;
    QString err;
};

//! Runs `command` in this process with stdout and stderr captured (through
//! files in a temporary folder, so that the event loop may run meanwhile).
CommandOutput runCapturing(const std::function<int()> &command);

} // namespace Coach::TestSupport
