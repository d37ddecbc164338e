#pragma once

#include "rasainstallation.h"
#include "result.h"

#include <QObject>
#include <QProcessEnvironment>

#include <chrono>

class QTimer;

namespace Coach {

class ManagedProcess;
class ProcessRegistry;

//! Runs `rasa --version` (a few seconds: Rasa imports a lot) and fills in
//! the installation's versions, refusing versions other than 2.x and 3.x.
//! Used once: start(), then finished() exactly once (also after cancel()).
class RasaVersionProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RasaVersionProbe)

public:
    RasaVersionProbe(RasaInstallation installation, ProcessRegistry *registry,
                     QObject *parent = nullptr);
    ~RasaVersionProbe() override;

    void setEnvironment(const QProcessEnvironment &environment);
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    void start();
    void cancel();

Q_SIGNALS:
    void finished(const Coach::Result<Coach::RasaInstallation> &result);

private:
    void onExited(int exitCode);
    void finish(const Result<RasaInstallation> &result);

    RasaInstallation m_installation;
    ManagedProcess *m_process = nullptr;
    QTimer *m_timer = nullptr;
    std::chrono::milliseconds m_timeout{std::chrono::seconds(120)};
    QProcessEnvironment m_environment = QProcessEnvironment::systemEnvironment();
    QByteArray m_output;
    bool m_done = false;
};

} // namespace Coach
