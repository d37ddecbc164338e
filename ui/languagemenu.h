#pragma once

#include <QMenu>

class QActionGroup;

namespace Coach {

class Settings;

//! Settings → Language: "System Default" or one of the shipped languages.
//! The choice is stored in Settings::Key::Language and applies when the
//! application starts next (the menu says so), because rebuilding every
//! open window and model in another language mid-session is not worth
//! the risk of a half-translated window.
class LanguageMenu final : public QMenu
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LanguageMenu)

public:
    //! Uses `settings`, or Settings::instance() when null (then the
    //! choices are disabled if there is no instance).
    explicit LanguageMenu(QWidget *parent = nullptr, Settings *settings = nullptr);

    //! The action for a language code, or for "" (System Default).
    QAction *actionFor(const QString &code) const;

private:
    void choose(const QString &code);

    Settings *m_settings = nullptr;
    QActionGroup *m_group = nullptr;
};

} // namespace Coach
