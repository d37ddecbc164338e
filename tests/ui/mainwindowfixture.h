#pragma once

#include "settings.h"

#include "session/sessionrecovery.h"

#include <QTemporaryDir>

#include <memory>

//! What a test needs to build a real Coach::MainWindow without touching the
//! user's settings or recovery folder: temporary ones, set while it lives.
class MainWindowFixture final
{
public:
    MainWindowFixture() : m_settings(Coach::Settings::createTemporary())
    {
        Coach::Settings::setInstance(m_settings.get());
        Coach::SessionRecovery::setDirectory(m_dir.filePath(QStringLiteral("recovery")));
    }
    ~MainWindowFixture()
    {
        Coach::SessionRecovery::setDirectory({});
        Coach::Settings::setInstance(nullptr);
    }
    MainWindowFixture(const MainWindowFixture &) = delete;
    MainWindowFixture &operator=(const MainWindowFixture &) = delete;

    Coach::Settings *settings() const { return m_settings.get(); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Coach::Settings> m_settings;
};
