#include "botserver.h"

#include "endpointsfile.h"
#include "managedprocess.h"
#include "outputline.h"
#include "rasacommandline.h"

#include "rasa/loadmodelrequest.h"
#include "rasa/rasaclient.h"
#include "rasa/serverreadinesswaiter.h"

#include <QCoreApplication>
#include <QDir>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Coach {

namespace {

//! The translation context of this file's messages (lupdate reads it).
struct BotServerMessages
{
    Q_DECLARE_TR_FUNCTIONS(Coach::BotServer)
};

quint16 systemFreePort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}

QString randomToken()
{
    QRandomGenerator *random = QRandomGenerator::system();
    return u"%1%2"_s.arg(random->generate64(), 16, 16, QLatin1Char('0'))
        .arg(random->generate64(), 16, 16, QLatin1Char('0'));
}

//! Sanic's "[Errno 98] error while attempting to bind on address
//! ('127.0.0.1', PORT): address already in use" (Rasa 2.8 then exits 0).
bool portWasTaken(const QStringList &lines)
{
    return std::any_of(lines.begin(), lines.end(), [](const QString &line) {
        return line.contains("address already in use"_L1, Qt::CaseInsensitive);
    });
}

QString roleName(BotServer::Role role)
{
    return role == BotServer::Role::Server ? BotServerMessages::tr("The Rasa server")
                                           : BotServerMessages::tr("The action server");
}

} // namespace

BotServer::BotServer(RasaInstallation rasa, BotProject project, ProcessRegistry *registry,
                     QObject *parent)
    : QObject(parent)
    , m_rasa(std::move(rasa))
    , m_project(std::move(project))
    , m_pickPort(&systemFreePort)
    , m_server(new ManagedProcess(u"rasa run"_s, registry, this))
    , m_actions(new ManagedProcess(u"rasa run actions"_s, registry, this))
    , m_client(new RasaClient(this))
    , m_actionPoll(new QTimer(this))
    , m_actionProbe(new QTcpSocket(this))
{
    for (const Role role : {Role::Server, Role::ActionServer}) {
        ManagedProcess *child = process(role);
        child->setWorkingDirectory(m_project.folder());
        connect(child, &ManagedProcess::lineReceived, this,
                [this, role](const QString &line) { Q_EMIT lineReceived(role, line); });
        connect(child, &ManagedProcess::exited, this,
                [this, role](int exitCode) { onExited(role, exitCode); });
        connect(child, &ManagedProcess::failedToStart, this, [this](const QString &message) {
            failStart(makeError(BotServerMessages::tr("Rasa could not be started: %1").arg(message),
                                m_rasa.location()));
        });
    }
    m_actionPoll->setInterval(250);
    connect(m_actionPoll, &QTimer::timeout, this, &BotServer::pollActionServer);
    connect(m_actionProbe, &QTcpSocket::connected, this, [this] {
        m_actionProbe->abort();
        m_actionPoll->stop();
        m_actionsUp = true;
        checkReady();
    });
}

BotServer::~BotServer()
{
    stopAndWait();
}

void BotServer::setEnvironment(const QProcessEnvironment &environment)
{
    m_environment = environment;
}

void BotServer::setPortPicker(std::function<quint16()> picker)
{
    m_pickPort = std::move(picker);
}

void BotServer::setReadinessTimeout(std::chrono::milliseconds timeout)
{
    m_readinessTimeout = timeout;
}

ManagedProcess *BotServer::process(Role role) const
{
    return role == Role::Server ? m_server : m_actions;
}

void BotServer::start(const QString &model)
{
    m_model = model;
    m_token = randomToken();
    m_attempt = 0;
    launch();
}

void BotServer::launch()
{
    ++m_attempt;
    m_starting = true;
    m_ready = m_serverUp = m_actionsUp = false;
    m_port = m_pickPort();
    m_actionPort = hasActionServer() ? m_pickPort() : 0;
    if (m_port == 0 || (hasActionServer() && (m_actionPort == 0 || m_actionPort == m_port))) {
        failStart(makeError(BotServerMessages::tr("No free port was found on 127.0.0.1.")));
        return;
    }
    Status status = startActionServer();
    if (status)
        status = startRasaServer();
    if (!status) {
        failStart(status.error());
        return;
    }
    waitForServer();
}

Status BotServer::startActionServer()
{
    if (!hasActionServer())
        return {};
    Q_EMIT stageChanged(
        BotServerMessages::tr("Starting the action server on port %1…").arg(m_actionPort));
    m_actions->start(RasaCommandLine::actionServer(m_rasa, m_actionPort, m_environment));
    m_actionPoll->start();
    return {};
}

Status BotServer::startRasaServer()
{
    ServerOptions options{m_port, m_model, m_project.endpointsFile(), m_token};
    if (hasActionServer()) {
        m_temporary = std::make_unique<QTemporaryDir>();
        options.endpoints = m_temporary->filePath(u"endpoints.yml"_s);
        const QUrl webhook(u"http://127.0.0.1:%1/webhook"_s.arg(m_actionPort));
        if (Status written = writeEndpointsWithActionServer(m_project.endpointsFile(), webhook,
                                                            options.endpoints);
            !written)
            return written;
    }
    const Result<ProcessCommand> command = RasaCommandLine::server(m_rasa, options, m_environment);
    if (!command)
        return command.error();
    Q_EMIT stageChanged(BotServerMessages::tr("Starting the Rasa server on port %1…").arg(m_port));
    m_server->start(*command);
    return {};
}

void BotServer::waitForServer()
{
    m_client->setBaseUrl(QUrl(u"http://127.0.0.1:%1"_s.arg(m_port)));
    m_client->setAuthToken(m_token);
    delete m_waiter.data();
    m_waiter = new ServerReadinessWaiter(m_client, this);
    m_waiter->setTimeout(m_readinessTimeout);
    connect(
        m_waiter, &ServerReadinessWaiter::stageChanged, this,
        [this](ServerReadinessWaiter::Stage, const QString &text) { Q_EMIT stageChanged(text); });
    connect(m_waiter, &ServerReadinessWaiter::ready, this, [this] {
        m_serverUp = true;
        checkReady();
    });
    connect(m_waiter, &ServerReadinessWaiter::failed, this, [this](const ApiError &error) {
        failStart(makeError(
            BotServerMessages::tr("The Rasa server did not get ready: %1").arg(error.userMessage()),
            m_client->displayUrl(m_client->baseUrl())));
    });
    m_waiter->start();
}

void BotServer::pollActionServer()
{
    // Rasa SDK listens once it has loaded the actions: a connection is
    // the sign it is ready.
    m_actionProbe->abort();
    m_actionProbe->connectToHost(QHostAddress::LocalHost, m_actionPort);
}

void BotServer::checkReady()
{
    if (!m_starting || !m_serverUp || (hasActionServer() && !m_actionsUp))
        return;
    m_starting = false;
    m_ready = true;
    Q_EMIT ready(connectionSettings());
}

void BotServer::onExited(Role role, int exitCode)
{
    ManagedProcess *child = process(role);
    if (child->isStopping())
        return;
    if (m_starting) {
        const bool taken = portWasTaken(child->lastLines(ManagedProcess::KeptLines));
        if (taken && m_attempt < MaxAttempts) {
            Q_EMIT stageChanged(
                BotServerMessages::tr("Port %1 was taken meanwhile; trying another one…")
                    .arg(role == Role::Server ? m_port : m_actionPort));
            stopAndWait();
            launch();
            return;
        }
        const quint16 port = role == Role::Server ? m_port : m_actionPort;
        const QString message = taken
            ? QCoreApplication::translate("Coach::BotServer",
                                          "Port %1 on 127.0.0.1 is in use by another program "
                                          "(%n start(s) tried).",
                                          nullptr, m_attempt)
                  .arg(port)
            : QString();
        failStart(makeError(message.isEmpty() ? exitMessage(role, exitCode)
                                              : message + u"\n"_s + exitMessage(role, exitCode),
                            QDir::toNativeSeparators(m_project.folder())));
        return;
    }
    if (m_ready) {
        m_ready = false;
        Q_EMIT processDied(role, exitMessage(role, exitCode));
    }
}

QString BotServer::exitMessage(Role role, int exitCode) const
{
    const QStringList lines =
        OutputLine::tail(process(role)->lastLines(ManagedProcess::KeptLines), 15);
    return BotServerMessages::tr("%1 stopped (exit code %2). Its last lines:\n%3")
        .arg(roleName(role))
        .arg(exitCode)
        .arg(lines.join(u'\n'));
}

void BotServer::failStart(const Error &error)
{
    if (!m_starting)
        return;
    stop();
    Q_EMIT startFailed(error);
}

void BotServer::stop()
{
    m_starting = m_ready = false;
    if (m_waiter)
        m_waiter->cancel();
    m_actionPoll->stop();
    m_actionProbe->abort();
    m_server->stop();
    m_actions->stop();
}

void BotServer::stopAndWait()
{
    stop();
    m_server->stopAndWait();
    m_actions->stopAndWait();
}

bool BotServer::isRunning() const
{
    return m_server->isRunning() || m_actions->isRunning();
}

ConnectionSettings BotServer::connectionSettings() const
{
    ConnectionSettings settings;
    settings.serverUrl = QUrl(u"http://127.0.0.1:%1"_s.arg(m_port));
    settings.authToken = m_token;
    return settings;
}

QList<qint64> BotServer::processIds() const
{
    QList<qint64> pids;
    for (const ManagedProcess *child : {m_server, m_actions}) {
        if (child->isRunning())
            pids.append(child->pid());
    }
    return pids;
}

void BotServer::loadModel(const QString &model)
{
    auto *request = m_client->send(new LoadModelRequest(model));
    request->setTimeout(std::chrono::minutes(10));
    request->setRetriesEnabled(false);
    then(
        request, this,
        [this, model](const LoadModelRequest &) {
            m_model = model;
            Q_EMIT modelLoaded(model);
        },
        [this](const ApiError &error) {
            Q_EMIT modelLoadFailed(
                makeError(error.userMessage(), m_client->displayUrl(m_client->baseUrl())));
        });
}

} // namespace Coach
