#pragma once

#include <QList>
#include <QProcessEnvironment>
#include <QString>

#include <functional>

class QProcess;

namespace Coach::TestSupport {

//! A copy of tests/data/launcher/project in `folder` with the fake `rasa`
//! (tests/data/launcher/fake/rasa) as its .venv/bin/rasa; without actions/
//! when `withActions` is false. Fails the running test if it cannot.
void makeLauncherProject(const QString &folder, bool withActions = true);

//! The system environment plus what the fake `rasa` reads: recorded Rasa
//! 3.6 output, the fake-rasa executable that serves, a folder for its log
//! (calls.txt, the endpoints file it got, helper PIDs) and its mode.
QProcessEnvironment fakeRasaEnvironment(const QString &fakeRasaServer, const QString &logFolder,
                                        const QString &mode = {});

//! What a running tests/core/helpers/launcher-driver said so far.
struct DriverState
{
    QList<qint64> pids; //!< of its last PIDS line
    bool ready = false; //!< READY was printed
    QString failure; //!< the FAILED line, if any
};

//! Reads the driver's lines until `done(state)` is true, the driver ends,
//! or `timeoutMs` pass; returns what it said.
DriverState waitForDriver(QProcess &driver, const std::function<bool(const DriverState &)> &done,
                          int timeoutMs);

} // namespace Coach::TestSupport
