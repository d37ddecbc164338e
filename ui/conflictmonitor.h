#pragma once

#include "conflicts/conflictchecker.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

namespace Coach {

class InteractiveSession;

//! Keeps Rasa's story structure check of the session up to date: reads the
//! bot project's stories on a worker thread when the project (or domain)
//! changes, then checks every conversation against them and against each
//! other as events arrive. A turn's check costs only that conversation's
//! states (see ConflictChecker), so it runs at once on the GUI thread.
class ConflictMonitor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConflictMonitor)

public:
    enum class State { NoProject, Loading, Ready, Failed };
    Q_ENUM(State)

    explicit ConflictMonitor(QObject *parent = nullptr);
    ~ConflictMonitor() override;

    //! Follows `session` and its document (nullptr: none).
    void setSession(InteractiveSession *session);
    State state() const { return m_state; }
    //! Why the project could not be checked (Failed), or what is loading.
    QString statusText() const { return m_statusText; }
    //! A project is being read on the worker thread.
    bool isReading() const { return m_loading.isRunning(); }
    //! Null until the project is read.
    const ConflictChecker *checker() const { return m_checker.get(); }

    //! Every current conflict of the project and the session.
    QList<StoryConflict> conflicts() const;
    //! The latest conflict in the current conversation's bot turn, if any.
    std::optional<StoryConflict> currentConflict() const;
    //! The conflict the current conversation would have if `action` ran
    //! next (the action question's choices), if any.
    std::optional<StoryConflict> preview(const QString &action);
    //! The tracker of the current conversation's last part (-1: none).
    int currentTracker() const;
    //! Reads the project again (its files changed on disk).
    void reload();

Q_SIGNALS:
    //! Conflicts may have changed (a turn, a conversation, a new project).
    void conflictsChanged();
    void stateChanged(Coach::ConflictMonitor::State state);

private:
    //! The conversation index a preview is checked under.
    static constexpr int PreviewConversation = -2;

    void connectSession();
    void onLoaded();
    void setState(State state, const QString &text = {});
    void updateConversation(int index);
    void updateAll();
    QString conversationName(int index) const;

    QPointer<InteractiveSession> m_session;
    std::shared_ptr<ConflictChecker> m_checker;
    QFutureWatcher<Result<std::shared_ptr<ConflictChecker>>> m_loading;
    State m_state = State::NoProject;
    QString m_statusText;
    bool m_reloadQueued = false;
};

} // namespace Coach
