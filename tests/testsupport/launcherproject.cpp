#include "launcherproject.h"

#include "testdata.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
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

DriverState waitForDriver(QProcess &driver, const std::function<bool(const DriverState &)> &done,
                          int timeoutMs)
{
    DriverState state;
    (void)QTest::qWaitFor(
        [&] {
            while (driver.canReadLine()) {
                const QString line = QString::fromUtf8(driver.readLine()).trimmed();
                if (line.startsWith(u"PIDS"_s)) {
                    state.pids.clear();
                    for (const QString &pid : line.mid(4).split(u' ', Qt::SkipEmptyParts))
                        state.pids.append(pid.toLongLong());
                }
                state.ready |= line.startsWith(u"READY "_s);
                if (line.startsWith(u"FAILED"_s))
                    state.failure = line;
            }
            return done(state) || driver.state() == QProcess::NotRunning;
        },
        timeoutMs);
    return state;
}

} // namespace Coach::TestSupport
