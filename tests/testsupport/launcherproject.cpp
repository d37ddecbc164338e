#include "launcherproject.h"

#include "testdata.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

namespace Coach::TestSupport {

void makeLauncherProject(const QString &folder, bool withActions)
{
    const QString source = dataPath(u"launcher/project"_s);
    QDirIterator it(source, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString target = QDir(folder).filePath(QDir(source).relativeFilePath(file));
        QDir().mkpath(QFileInfo(target).absolutePath());
        QVERIFY(QFile::copy(file, target));
    }
    if (!withActions)
        QVERIFY(QDir(QDir(folder).filePath(u"actions"_s)).removeRecursively());
    const QString rasa = QDir(folder).filePath(u".venv/bin/rasa"_s);
    QVERIFY(QDir().mkpath(QFileInfo(rasa).absolutePath()));
    QVERIFY(QFile::copy(dataPath(u"launcher/fake/rasa"_s), rasa));
    QVERIFY(QFile(rasa).setPermissions(QFile::ReadOwner | QFile::ExeOwner));
}

QProcessEnvironment fakeRasaEnvironment(const QString &fakeRasaServer, const QString &logFolder,
                                        const QString &mode)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"FAKE_RASA_DATA"_s, dataPath(u"launcher/rasa-3.6"_s));
    environment.insert(u"FAKE_RASA_SERVER"_s, fakeRasaServer);
    environment.insert(u"FAKE_RASA_LOG"_s, logFolder);
    environment.insert(u"FAKE_RASA_MODE"_s, mode);
    return environment;
}

} // namespace Coach::TestSupport
