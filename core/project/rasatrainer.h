#pragma once

#include "botproject.h"
#include "rasainstallation.h"
#include "result.h"
#include "trainingprogress.h"

#include <QObject>
#include <QProcessEnvironment>

namespace Coach {

class ManagedProcess;
class ProcessRegistry;

//! Runs `rasa train` in the bot project. Rasa itself decides whether
//! anything changed (2.x: "Nothing changed", the old model; 3.x: a new
//! model file from its cache). Progress is read from Rasa's output.
//! Used once: start(), then finished() exactly once (also after cancel()).
class RasaTrainer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RasaTrainer)

public:
    RasaTrainer(RasaInstallation rasa, BotProject project, ProcessRegistry *registry,
                QObject *parent = nullptr);
    ~RasaTrainer() override;

    void setEnvironment(const QProcessEnvironment &environment);
    void start();
    //! Stops the training (its whole process group); finished() follows
    //! with a "cancelled" error once Rasa has gone.
    void cancel();
    bool isRunning() const;
    bool isCancelled() const { return m_cancelled; }
    TrainingProgress progress() const;
    qint64 processId() const;

Q_SIGNALS:
    void progressChanged(const Coach::TrainingProgress &progress);
    void lineReceived(const QString &line);
    //! The absolute path of the model to serve, or why there is none.
    void finished(const Coach::Result<QString> &model);

private:
    void onText(const QString &text);
    void onExited(int exitCode);
    void finish(const Result<QString> &result);

    RasaInstallation m_rasa;
    BotProject m_project;
    ManagedProcess *m_process = nullptr;
    QProcessEnvironment m_environment = QProcessEnvironment::systemEnvironment();
    TrainingOutputParser m_parser;
    bool m_cancelled = false;
    bool m_done = false;
};

} // namespace Coach
