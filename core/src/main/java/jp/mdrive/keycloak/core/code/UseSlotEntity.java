package jp.mdrive.keycloak.core.code;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** One claimed slot of a {@link DurableSlots} count, until it expires. */
@Entity(name = "MdriveUseSlot")
@Table(name = "MDRIVE_USE_SLOT")
@NamedQueries({
        // Keycloak's revoked-token store claims its keys the same way: an expired row is taken over
        @NamedQuery(name = "mdriveClaimUseSlot", query = "insert into MdriveUseSlot (key, expires) values (:key, :expires)"
                + " on conflict (key) do update set expires = :expires where expires <= :now"),
        @NamedQuery(name = "mdriveUseSlotHeld", query = "select count(s) from MdriveUseSlot s where s.key = :key and s.expires > :now"),
        @NamedQuery(name = "mdriveReleaseUseSlot", query = "delete from MdriveUseSlot s where s.key = :key"),
        @NamedQuery(name = "mdriveRemoveExpiredUseSlots", query = "delete from MdriveUseSlot s where s.expires <= :now")
})
public class UseSlotEntity {

    @Id
    @Column(name = "SLOT_KEY", length = 255)
    private String key;

    /** Keycloak time (seconds) from which the slot is free again. */
    @Column(name = "EXPIRES", nullable = false)
    private long expires;

    protected UseSlotEntity() {
    }
}
