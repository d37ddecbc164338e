#include "project/rasacommandline.h"

#include <QTest>

using namespace Coach;
using namespace Qt::StringLiterals;

class TestRasaCommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void trainRunsRasaInTheProject();
    void rasa3ScriptListensOnLoopbackWithTheTokenInTheEnvironment();
    void rasa2IsBoundToLoopbackByTheWrapper();
    void rasa2WithoutInterpreterIsRefused();
    void notAPythonScriptGetsTheTokenAsAnArgument();
    void actionServerListensOnLoopback();

private:
    static RasaInstallation rasa(const QString &version, const QString &python);
    static ServerOptions options();
};

RasaInstallation TestRasaCommandLine::rasa(const QString &version, const QString &python)
{
    RasaInstallation installation =
        RasaInstallation::fromPath(u"/venv/bin/rasa"_s, RasaInstallation::Origin::Path);
    installation.version = version;
    installation.python = python;
    return installation;
}

ServerOptions TestRasaCommandLine::options()
{
    return {5123, u"/bot/models/m.tar.gz"_s, u"/tmp/x/endpoints.yml"_s, u"s3cr3t"_s};
}

void TestRasaCommandLine::trainRunsRasaInTheProject()
{
    const ProcessCommand command =
        RasaCommandLine::train(rasa(u"3.6.21"_s, u"/venv/bin/python"_s), {u"train"_s}, {});
    QCOMPARE(command.program, u"/venv/bin/rasa"_s);
    QCOMPARE(command.arguments, QStringList{u"train"_s});
}

void TestRasaCommandLine::rasa3ScriptListensOnLoopbackWithTheTokenInTheEnvironment()
{
    const Result<ProcessCommand> command =
        RasaCommandLine::server(rasa(u"3.6.21"_s, u"/venv/bin/python"_s), options(), {});
    QVERIFY(command);
    QCOMPARE(command->program, u"/venv/bin/python"_s);
    QCOMPARE(command->arguments.at(0), u"-c"_s);
    QVERIFY(command->arguments.at(1).contains(u"from rasa.__main__ import main"_s));
    const QStringList rest = command->arguments.mid(2);
    QCOMPARE(rest,
             (QStringList{u"run"_s, u"--enable-api"_s, u"--port"_s, u"5123"_s, u"--model"_s,
                          u"/bot/models/m.tar.gz"_s, u"--endpoints"_s, u"/tmp/x/endpoints.yml"_s,
                          u"--interface"_s, u"127.0.0.1"_s}));
    QVERIFY(!command->arguments.join(u' ').contains(u"s3cr3t"_s)); // not in `ps`
    QCOMPARE(command->environment.value(RasaCommandLine::TokenVariable), u"s3cr3t"_s);
    QVERIFY(!command->environment.contains(RasaCommandLine::LoopbackVariable));
}

void TestRasaCommandLine::rasa2IsBoundToLoopbackByTheWrapper()
{
    const Result<ProcessCommand> command =
        RasaCommandLine::server(rasa(u"2.8.34"_s, u"/venv/bin/python"_s), options(), {});
    QVERIFY(command);
    QCOMPARE(command->program, u"/venv/bin/python"_s);
    QVERIFY(!command->arguments.contains(u"--interface"_s)); // 2.8's rasa run has none
    QCOMPARE(command->environment.value(RasaCommandLine::LoopbackVariable), u"1"_s);
    QVERIFY(command->arguments.at(1).contains(u"kwargs[\"host\"] = \"127.0.0.1\""_s));
}

void TestRasaCommandLine::rasa2WithoutInterpreterIsRefused()
{
    const Result<ProcessCommand> command =
        RasaCommandLine::server(rasa(u"2.8.34"_s, {}), options(), {});
    QVERIFY(!command);
    QVERIFY(command.error().message.contains(u"127.0.0.1"_s));
}

void TestRasaCommandLine::notAPythonScriptGetsTheTokenAsAnArgument()
{
    ServerOptions noEndpoints = options();
    noEndpoints.endpoints.clear();
    const Result<ProcessCommand> command =
        RasaCommandLine::server(rasa(u"3.6.21"_s, {}), noEndpoints, {});
    QVERIFY(command);
    QCOMPARE(command->program, u"/venv/bin/rasa"_s);
    QVERIFY(!command->arguments.contains(u"--endpoints"_s));
    QCOMPARE(command->arguments.mid(command->arguments.size() - 4),
             (QStringList{u"--interface"_s, u"127.0.0.1"_s, u"--auth-token"_s, u"s3cr3t"_s}));
}

void TestRasaCommandLine::actionServerListensOnLoopback()
{
    const ProcessCommand command =
        RasaCommandLine::actionServer(rasa(u"3.6.21"_s, u"/venv/bin/python"_s), 5055, {});
    QCOMPARE(command.program, u"/venv/bin/python"_s);
    QCOMPARE(command.arguments.mid(2),
             (QStringList{u"run"_s, u"actions"_s, u"--actions"_s, u"actions"_s, u"--port"_s,
                          u"5055"_s}));
    QCOMPARE(command.environment.value(u"SANIC_HOST"_s), u"127.0.0.1"_s);
}

QTEST_GUILESS_MAIN(TestRasaCommandLine)
#include "tst_rasacommandline.moc"
