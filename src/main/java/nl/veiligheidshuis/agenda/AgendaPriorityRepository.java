package nl.veiligheidshuis.agenda;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AgendaPriorityRepository extends JpaRepository<AgendaPriority, Long> {

    List<AgendaPriority> findByAgendaIdOrderByRank(Long agendaId);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("delete from AgendaPriority p where p.agendaId = :agendaId")
    int deleteByAgenda(@Param("agendaId") Long agendaId);
}
