package io.casework.casenotes.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/** The history of each child's allocations, written once per allocation and never changed. */
@ApplicationScoped
public class ChildAllocationRepository implements PanacheRepositoryBase<ChildAllocation, Long> {
}
