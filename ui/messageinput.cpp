#include "messageinput.h"

#include <QKeyEvent>

namespace Coach {

MessageInput::MessageInput(QWidget *parent) : QLineEdit(parent)
{
    setClearButtonEnabled(true);
    setPlaceholderText(tr("Type a message as the user and press Enter "
                          "(↑/↓: earlier messages, /intent{\"entity\": \"value\"} works too)"));
    setAccessibleName(tr("User message"));
    connect(this, &QLineEdit::returnPressed, this, &MessageInput::handleReturn);
}

void MessageInput::setHistory(const QStringList &history)
{
    m_history = history.mid(std::max<qsizetype>(0, history.size() - MaxHistory));
    m_position = static_cast<int>(m_history.size());
}

void MessageInput::addToHistory(const QString &message)
{
    if (message.isEmpty())
        return;
    if (m_history.isEmpty() || m_history.constLast() != message)
        m_history.append(message);
    while (m_history.size() > MaxHistory)
        m_history.removeFirst();
    m_position = static_cast<int>(m_history.size());
    m_draft.clear();
}

void MessageInput::handleReturn()
{
    const QString text = this->text().trimmed();
    if (text.isEmpty())
        return;
    addToHistory(text);
    clear();
    Q_EMIT messageEntered(text);
}

void MessageInput::showHistoryEntry(int position)
{
    if (position < 0 || position > m_history.size())
        return;
    if (m_position == m_history.size())
        m_draft = text();
    m_position = position;
    setText(position == m_history.size() ? m_draft : m_history.at(position));
}

void MessageInput::keyPressEvent(QKeyEvent *event)
{
    if (event->modifiers() == Qt::NoModifier || event->modifiers() == Qt::KeypadModifier) {
        if (event->key() == Qt::Key_Up) {
            showHistoryEntry(m_position - 1);
            return;
        }
        if (event->key() == Qt::Key_Down) {
            showHistoryEntry(m_position + 1);
            return;
        }
    }
    QLineEdit::keyPressEvent(event);
}

} // namespace Coach
