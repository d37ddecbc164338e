#pragma once

#include <QKeySequence>
#include <QList>
#include <QObject>
#include <QPointer>

class QAction;
class QShortcut;
class QWidget;

namespace Coach {

//! Lets chosen shortcuts win over a line edit's own keys. A QLineEdit
//! claims many combinations before the shortcut map sees them (it accepts
//! QEvent::ShortcutOverride for Ctrl+Z, and on X11 for the Emacs keys
//! Ctrl+E, Ctrl+K, ...), so an application shortcut advertised while the
//! focus is in a command line (the message box, a filter) would never fire.
//! Installed on such an editor, this filter leaves those combinations to the
//! shortcut map while the action or shortcut that owns them is enabled;
//! every other key still edits the text.
class ShortcutPriority final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutPriority)

public:
    //! The filter of `editor`, installed on first use (owned by the editor).
    static ShortcutPriority *of(QWidget *editor);

    void add(QAction *action);
    void add(QShortcut *shortcut);
    //! Whether a key combination goes to the shortcut map in this editor.
    bool yieldsTo(const QKeySequence &keys) const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit ShortcutPriority(QWidget *editor);

    QList<QPointer<QAction>> m_actions;
    QList<QPointer<QShortcut>> m_shortcuts;
};

} // namespace Coach
