#pragma once

#include <QLineEdit>
#include <QStringList>

namespace Coach {

//! The line where the annotator types the next user message. Up/Down walk
//! through the messages sent before (like a shell); the text being typed is
//! kept and comes back after the newest entry. Enter emits messageEntered()
//! with the trimmed text and clears the line; empty input is ignored.
class MessageInput final : public QLineEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageInput)

public:
    explicit MessageInput(QWidget *parent = nullptr);

    QStringList history() const { return m_history; }
    void setHistory(const QStringList &history);
    void addToHistory(const QString &message);
    static constexpr int MaxHistory = 200;

Q_SIGNALS:
    void messageEntered(const QString &text);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void handleReturn();
    void showHistoryEntry(int position);

    QStringList m_history;
    int m_position = 0; //!< m_history.size() means "the draft"
    QString m_draft;
};

} // namespace Coach
