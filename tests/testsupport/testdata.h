#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace Coach::TestSupport {

//! Absolute path of a file under tests/data.
QString dataPath(const QString &relative);
//! Every file under a tests/data folder (relative to that folder), sorted.
QStringList dataFiles(const QString &folder, const QStringList &nameFilters = {});
//! Reads a file; fails the running test (QFAIL-style, via qFatal-free
//! QTest::qFail) and returns an empty array if it cannot.
QByteArray readFile(const QString &path);
//! Reads and parses a JSON file; an invalid file fails the running test.
QJsonValue readJson(const QString &path);
//! Writes a file, creating its folders; a failure fails the running test.
bool writeFile(const QString &path, const QByteArray &content);

} // namespace Coach::TestSupport
