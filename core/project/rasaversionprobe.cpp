#include "rasaversionprobe.h"

#include "managedprocess.h"

#include <QCoreApplication>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Coach {

RasaVersionProbe::RasaVersionProbe(RasaInstallation installation, ProcessRegistry *registry,
                                   QObject *parent)
    : QObject(parent)
    , m_installation(std::move(installation))
    , m_process(new ManagedProcess(u"rasa --version"_s, registry, this))
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] {
        m_process->stop(std::chrono::seconds(2));
        const auto seconds = std::chrono::duration_cast<std::chrono::seconds>(m_timeout);
        finish(makeError(
            QCoreApplication::translate("Coach::RasaVersionProbe",
                                        "“rasa --version” did not answer within %n second(s).",
                                        nullptr, int(seconds.count())),
            m_installation.location()));
    });
    connect(m_process, &ManagedProcess::lineReceived, this,
            [this](const QString &line) { m_output += line.toUtf8() + '\n'; });
    connect(m_process, &ManagedProcess::failedToStart, this, [this](const QString &message) {
        finish(
            makeError(tr("Rasa could not be started: %1").arg(message), m_installation.location()));
    });
    connect(m_process, &ManagedProcess::exited, this, [this](int exitCode) { onExited(exitCode); });
}

RasaVersionProbe::~RasaVersionProbe() = default;

void RasaVersionProbe::setEnvironment(const QProcessEnvironment &environment)
{
    m_environment = environment;
}

void RasaVersionProbe::start()
{
    m_timer->start(m_timeout);
    m_process->start(
        {m_installation.program, m_installation.arguments({u"--version"_s}), m_environment});
}

void RasaVersionProbe::cancel()
{
    m_process->stop(std::chrono::seconds(2));
    finish(makeError(tr("Cancelled."), m_installation.location()));
}

void RasaVersionProbe::onExited(int exitCode)
{
    const Result<RasaVersionOutput> parsed = RasaVersionOutput::parse(m_output);
    if (exitCode != 0 || !parsed) {
        const QString lines = m_process->lastLines(10).join(u'\n');
        finish(makeError(tr("“rasa --version” failed (exit code %1). Its last lines:\n%2")
                             .arg(exitCode)
                             .arg(lines),
                         m_installation.location()));
        return;
    }
    m_installation.version = parsed->rasa;
    m_installation.sdkVersion = parsed->sdk;
    if (const Status supported = checkSupportedVersion(m_installation); !supported) {
        finish(supported.error());
        return;
    }
    finish(m_installation);
}

void RasaVersionProbe::finish(const Result<RasaInstallation> &result)
{
    if (m_done)
        return;
    m_done = true;
    m_timer->stop();
    Q_EMIT finished(result);
}

} // namespace Coach
