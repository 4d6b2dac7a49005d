package nl.veiligheidshuis.privacy;

import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;

/**
 * The engine's history without personal data: a start form or task form briefly carries personal fields and free
 * text as variables until a delegate moves them into the case file; their history events are never written, so
 * they do not survive in the engine's history tables. Everything else goes to the engine's own handler.
 */
public class PersonalDataHistoryFilter implements HistoryEventHandler {

    private final Set<String> personalVariables;
    private final HistoryEventHandler delegate = new DbHistoryEventHandler();

    public PersonalDataHistoryFilter(Set<String> personalVariables) {
        this.personalVariables = Set.copyOf(personalVariables);
    }

    @Override
    public void handleEvent(HistoryEvent event) {
        if (!isPersonal(event)) {
            delegate.handleEvent(event);
        }
    }

    @Override
    public void handleEvents(List<HistoryEvent> events) {
        events.forEach(this::handleEvent);
    }

    boolean isPersonal(HistoryEvent event) {
        if (event instanceof HistoricVariableUpdateEventEntity variable) {
            return personalVariables.contains(variable.getVariableName());
        }
        if (event instanceof HistoricFormPropertyEventEntity formProperty) {
            return personalVariables.contains(formProperty.getPropertyId());
        }
        return false;
    }
}
