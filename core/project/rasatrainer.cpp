#include "rasatrainer.h"

#include "managedprocess.h"
#include "outputline.h"
#include "rasacommandline.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Coach {

RasaTrainer::RasaTrainer(RasaInstallation rasa, BotProject project, ProcessRegistry *registry,
                         QObject *parent)
    : QObject(parent)
    , m_rasa(std::move(rasa))
    , m_project(std::move(project))
    , m_process(new ManagedProcess(u"rasa train"_s, registry, this))
{
    m_process->setWorkingDirectory(m_project.folder());
    connect(m_process, &ManagedProcess::lineReceived, this, [this](const QString &line) {
        Q_EMIT lineReceived(line);
        onText(line);
    });
    connect(m_process, &ManagedProcess::progressReceived, this, &RasaTrainer::onText);
    connect(m_process, &ManagedProcess::exited, this, [this](int exitCode) { onExited(exitCode); });
    connect(m_process, &ManagedProcess::failedToStart, this, [this](const QString &message) {
        finish(makeError(tr("Rasa could not be started: %1").arg(message), m_rasa.location()));
    });
}

RasaTrainer::~RasaTrainer() = default;

void RasaTrainer::setEnvironment(const QProcessEnvironment &environment)
{
    m_environment = environment;
}

void RasaTrainer::start()
{
    Q_EMIT progressChanged(m_parser.progress());
    m_process->start(RasaCommandLine::train(m_rasa, m_project.trainArguments(), m_environment));
}

void RasaTrainer::cancel()
{
    if (m_done)
        return;
    m_cancelled = true;
    if (m_process->isRunning())
        m_process->stop(std::chrono::seconds(5));
    else
        finish(makeError(tr("The training was cancelled.")));
}

bool RasaTrainer::isRunning() const
{
    return m_process->isRunning();
}

TrainingProgress RasaTrainer::progress() const
{
    return m_parser.progress();
}

qint64 RasaTrainer::processId() const
{
    return m_process->pid();
}

void RasaTrainer::onText(const QString &text)
{
    if (m_parser.feed(text))
        Q_EMIT progressChanged(m_parser.progress());
}

void RasaTrainer::onExited(int exitCode)
{
    if (m_cancelled) {
        finish(makeError(tr("The training was cancelled.")));
        return;
    }
    const QString where = QDir::toNativeSeparators(m_project.folder());
    if (exitCode != 0) {
        const QString lines =
            OutputLine::tail(m_process->lastLines(ManagedProcess::KeptLines), 15).join(u'\n');
        finish(makeError(tr("Training failed (exit code %1). The last lines of Rasa's output:\n%2")
                             .arg(exitCode)
                             .arg(lines),
                         where));
        return;
    }
    const QString printed = m_parser.progress().modelPath;
    const QString model = printed.isEmpty()
        ? m_project.latestModel()
        : QFileInfo(QDir(m_project.folder()), printed).absoluteFilePath();
    if (model.isEmpty() || !QFileInfo::exists(model)) {
        finish(makeError(tr("Rasa finished training but no model was found in %1.")
                             .arg(QDir::toNativeSeparators(m_project.modelsFolder())),
                         where));
        return;
    }
    finish(model);
}

void RasaTrainer::finish(const Result<QString> &result)
{
    if (m_done)
        return;
    m_done = true;
    Q_EMIT finished(result);
}

} // namespace Coach
