#include "shortcutpriority.h"

#include <QAction>
#include <QKeyEvent>
#include <QShortcut>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace Coach {

ShortcutPriority::ShortcutPriority(QWidget *editor) : QObject(editor)
{
    setObjectName(u"ShortcutPriority"_s);
    editor->installEventFilter(this);
}

ShortcutPriority *ShortcutPriority::of(QWidget *editor)
{
    if (auto *existing =
            editor->findChild<ShortcutPriority *>(QString(), Qt::FindDirectChildrenOnly))
        return existing;
    return new ShortcutPriority(editor);
}

void ShortcutPriority::add(QAction *action)
{
    if (action && !m_actions.contains(action))
        m_actions.append(action);
}

void ShortcutPriority::add(QShortcut *shortcut)
{
    if (shortcut && !m_shortcuts.contains(shortcut))
        m_shortcuts.append(shortcut);
}

bool ShortcutPriority::yieldsTo(const QKeySequence &keys) const
{
    for (const QPointer<QAction> &action : m_actions) {
        if (action && action->isEnabled() && action->shortcuts().contains(keys))
            return true;
    }
    for (const QPointer<QShortcut> &shortcut : m_shortcuts) {
        if (shortcut && shortcut->isEnabled() && shortcut->keys().contains(keys))
            return true;
    }
    return false;
}

bool ShortcutPriority::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride) {
        const auto *key = static_cast<QKeyEvent *>(event);
        // Not accepting the override hands the key to the shortcut map.
        if (yieldsTo(QKeySequence(key->keyCombination())))
            return true;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace Coach
