package cn.safetysupervision.contract.api;

import cn.safetysupervision.contract.domain.WorkingCalendar;
import cn.safetysupervision.contract.persistence.CalendarYear;
import cn.safetysupervision.platform.problem.ProblemException;
import cn.safetysupervision.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;

@Path("/api/v1/calendar")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Working-day calendar", description = "Chinese public holidays and make-up working days (调休)")
public class CalendarResource {

    private final WorkingCalendar calendar;
    private final ContractApiMapper mapper;

    CalendarResource(WorkingCalendar calendar, ContractApiMapper mapper) {
        this.calendar = calendar;
        this.mapper = mapper;
    }

    @GET
    @Path("/{year}")
    @Transactional
    @RolesAllowed({Roles.REGULATOR, Roles.ASSOCIATION, Roles.AGENCY})
    @Operation(summary = "A year's holidays and make-up working days")
    public ContractViews.CalendarYearView year(@PathParam("year") int year) {
        CalendarYear entry = CalendarYear.findById(year);
        if (entry == null) {
            throw ProblemException.notFound("calendar year", year);
        }
        return new ContractViews.CalendarYearView(year, entry.source, entry.loadedAt,
                calendar.daysOf(year).stream().map(mapper::toView).toList());
    }

    @PUT
    @Path("/{year}")
    @RolesAllowed(Roles.REGULATOR)
    @Operation(summary = "Load or replace a year (administrator)",
            description = "Lists every public holiday (working=false) and weekend make-up working day (working=true) of the year.")
    public ContractViews.CalendarYearView replace(@PathParam("year") @Min(2000) @Max(2100) int year,
                                                  @NotNull @Valid ContractRequests.CalendarYear request) {
        calendar.replaceYear(year, request.source(), request.days().stream()
                .map(d -> new WorkingCalendar.Exception(d.day(), d.working(), d.name())).toList());
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> year(year));
    }

    @GET
    @Path("/working-days")
    @Transactional
    @RolesAllowed({Roles.REGULATOR, Roles.ASSOCIATION, Roles.AGENCY})
    @Operation(summary = "Count working days", description = "The day N working days after `from` (N may not be negative).")
    public ContractViews.WorkingDayResult addWorkingDays(@QueryParam("from") @NotNull LocalDate from,
                                                         @QueryParam("days") @NotNull @Min(0) @Max(1000) Integer days) {
        return new ContractViews.WorkingDayResult(from, days, calendar.addWorkingDays(from, days));
    }
}
