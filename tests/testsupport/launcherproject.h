#pragma once

#include <QProcessEnvironment>
#include <QString>

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

} // namespace Coach::TestSupport
