#include "languagemenu.h"

#include "settings.h"
#include "translations.h"

#include <QActionGroup>

using namespace Qt::StringLiterals;

namespace Coach {

LanguageMenu::LanguageMenu(QWidget *parent, Settings *settings)
    : QMenu(tr("&Language"), parent)
    , m_settings(settings ? settings : Settings::instance())
    , m_group(new QActionGroup(this))
{
    setObjectName(u"LanguageMenu"_s);
    const QString stored =
        m_settings ? m_settings->value(Settings::Key::Language).toString() : QString();
    auto addChoice = [this, &stored](const QString &code, const QString &text) {
        QAction *action = addAction(text);
        action->setCheckable(true);
        action->setData(code);
        action->setObjectName(u"actionLanguage_%1"_s.arg(code.isEmpty() ? u"system"_s : code));
        action->setChecked(code == stored);
        action->setEnabled(m_settings != nullptr);
        m_group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] { choose(code); });
    };
    addChoice(QString(), tr("&System Default"));
    addSeparator();
    // Each language is named in itself so that anyone can find their own.
    for (const Translations::Language &language : Translations::available())
        addChoice(language.code, language.nativeName);
    if (!m_group->checkedAction()) // a code this version does not ship
        actionFor(QString())->setChecked(true);
    addSeparator();
    QAction *hint = addAction(tr("Takes effect when Rasa Coach starts next"));
    hint->setEnabled(false);
}

QAction *LanguageMenu::actionFor(const QString &code) const
{
    const QList<QAction *> actions = m_group->actions();
    for (QAction *action : actions) {
        if (action->data().toString() == code)
            return action;
    }
    return nullptr;
}

void LanguageMenu::choose(const QString &code)
{
    if (!m_settings)
        return;
    if (code.isEmpty())
        m_settings->reset(Settings::Key::Language);
    else
        m_settings->setValue(Settings::Key::Language, code);
    m_settings->sync();
}

} // namespace Coach
