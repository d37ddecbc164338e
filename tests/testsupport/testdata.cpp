#include "testdata.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace Coach::TestSupport {

QString dataPath(const QString &relative)
{
    return QDir(QStringLiteral(COACH_TEST_DATA_DIR)).filePath(relative);
}

QStringList dataFiles(const QString &folder, const QStringList &nameFilters)
{
    const QDir root(dataPath(folder));
    QStringList files;
    QDirIterator it(root.path(), nameFilters, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(root.relativeFilePath(it.next()));
    files.sort();
    return files;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QTest::qFail(qPrintable(QStringLiteral("cannot read %1: %2").arg(path, file.errorString())),
                     __FILE__, __LINE__);
        return {};
    }
    return file.readAll();
}

QJsonValue readJson(const QString &path)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(readFile(path), &error);
    if (error.error != QJsonParseError::NoError) {
        QTest::qFail(
            qPrintable(QStringLiteral("invalid JSON in %1: %2").arg(path, error.errorString())),
            __FILE__, __LINE__);
        return {};
    }
    if (document.isArray())
        return document.array();
    return document.object();
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size()) {
        QTest::qFail(
            qPrintable(QStringLiteral("cannot write %1: %2").arg(path, file.errorString())),
            __FILE__, __LINE__);
        return false;
    }
    return true;
}

} // namespace Coach::TestSupport
