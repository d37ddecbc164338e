#pragma once

#include <QString>
#include <QStringList>

namespace Coach {

//! How a line of Rasa's output reads: the log panel highlights warnings
//! and errors.
enum class OutputSeverity { Info, Warning, Error };

namespace OutputLine {

//! Errors: Rasa's ERROR log level, tracebacks and "SomethingError: …" /
//! "…Exception: …" lines. Warnings: the WARNING level and Python's
//! "…Warning: …" lines. Everything else is information.
OutputSeverity classify(const QString &line);

//! The last `count` lines worth showing when a process failed: without
//! Python's warnings (a "file.py:12: SomeWarning: …" line, its message
//! lines and the quoted source line), which bury the real error in Rasa's
//! output.
QStringList tail(const QStringList &lines, int count);

} // namespace OutputLine

} // namespace Coach
