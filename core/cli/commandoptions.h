#pragma once

#include "result.h"

#include <QString>
#include <QStringList>

class QCommandLineParser;

namespace Coach::CommandOptions {

//! Parses the options of a headless subcommand (`arguments` are those after
//! its word): an unknown option or a stray argument is an error. With
//! --help, `help` receives the help text, naming the command ("Usage:
//! rasa-coach graph [options]"); the caller prints it and does nothing else.
Status parse(QCommandLineParser &parser, const QString &command, const QStringList &arguments,
             QString &help);

} // namespace Coach::CommandOptions
