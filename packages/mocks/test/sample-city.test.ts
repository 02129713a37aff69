import { expect } from '@open-wc/testing';
import { CivicClient } from '@civic-widgets/api-client';
import { facilities, facilityCategories, offices, services, streets } from '../src/index.js';
import { useMockApi } from '../test-support/worker.js';

const client = () => new CivicClient({ baseUrl: '/api/v1', retry: { attempts: 1 } });

describe('sample city (Musterstadt)', () => {
  it('has the promised amount of data', () => {
    expect(offices.length).to.be.at.least(8);
    expect(services.length).to.be.at.least(20);
    expect(streets.length).to.be.at.least(60);
    expect(facilities.length).to.be.at.least(300);
    expect(new Set(facilities.map((facility) => facility.properties.categoryId)).size).to.be.at.least(5);
    expect(facilityCategories.length).to.be.at.least(5);
  });

  it('has realistic German fees and durations', () => {
    const byId = new Map(services.map((service) => [service.id, service]));
    expect(byId.get('personalausweis')?.fee).to.deep.equal({ amount: 3700, currency: 'EUR' });
    expect(byId.get('reisepass')?.fee).to.deep.equal({ amount: 7000, currency: 'EUR' });
    expect(byId.get('wohnsitz-anmelden')?.fee).to.be.undefined;
    for (const service of services) expect(service.durationMinutes).to.be.within(5, 60);
  });

  it('labels every answer as sample data', async () => {
    await useMockApi();
    const response = await fetch('/api/v1/waste/fractions');
    expect(response.headers.get('X-Civic-Sample-Data')).to.contain('sample data');
  });

  it('offers slots in each of the next three months', async () => {
    await useMockApi();
    for (const [from, to] of [
      ['2026-12-01', '2026-12-31'],
      ['2027-01-01', '2027-01-31'],
      ['2027-02-01', '2027-02-21'],
    ] as const) {
      const availability = await client().appointments.getAvailability({
        officeIds: offices.map((office) => office.id),
        services: [{ serviceId: 'meldebescheinigung', count: 1 }],
        from,
        to,
      });
      expect(availability.days.length, `${from}…${to}`).to.be.greaterThan(5);
    }
  });

  it('never offers slots outside opening hours, on Sundays or on closed days', async () => {
    await useMockApi();
    const availability = await client().appointments.getAvailability({
      officeIds: ['buergeramt-mitte'],
      services: [{ serviceId: 'personalausweis', count: 1 }],
      from: '2026-12-14',
      to: '2027-01-10',
    });
    const dates = availability.days.map((day) => day.date);
    expect(dates).not.to.include('2026-12-24'); // closed: Heiligabend
    expect(dates).not.to.include('2026-12-20'); // a Sunday
    const office = offices.find((candidate) => candidate.id === 'buergeramt-mitte')!;
    const weekdayOf = (date: string) => new Date(`${date}T12:00:00Z`).getUTCDay() || 7;
    for (const day of availability.days) {
      const ranges = office.openingHours.weekly.filter((range) => range.day === weekdayOf(day.date));
      for (const slot of day.offices[0]!.slots) {
        const time = slot.slice(11, 16);
        // 20 minutes for the identity card must fit inside one opening range of that weekday.
        const [hours, minutes] = time.split(':').map(Number) as [number, number];
        const end = `${String(Math.floor((hours * 60 + minutes + 20) / 60)).padStart(2, '0')}:${String((hours * 60 + minutes + 20) % 60).padStart(2, '0')}`;
        expect(
          ranges.some((range) => time >= range.opens && end <= range.closes),
          `${slot} within ${JSON.stringify(ranges)}`,
        ).to.be.true;
        expect(slot).to.match(/\+01:00$/); // winter time in Berlin
      }
    }
  });

  it('finds streets regardless of case and diacritics', async () => {
    await useMockApi();
    const strasse = await client().waste.searchStreets('hauptstrasse');
    expect(strasse.streets.map((street) => street.name)).to.include('Hauptstraße');
    const muller = await client().waste.searchStreets('MULLER');
    expect(muller.streets.every((street) => street.name.startsWith('Müller'))).to.be.true;
    expect(muller.streets.length).to.be.greaterThan(0);
    // The German spelling without umlaut keys finds the same streets.
    expect(await client().waste.searchStreets('Muell')).to.deep.equal(muller);
    const none = await client().waste.searchStreets('xyz');
    expect(none.streets).to.deep.equal([]);
  });

  it('moves collections off public holidays and says why', async () => {
    await useMockApi();
    const civic = client();
    let shifted = 0;
    for (const street of streets.filter((candidate) => !candidate.split).slice(0, 10)) {
      const { collections } = await civic.waste.getCollections(
        { streetId: street.id },
        { from: '2026-12-20', to: '2027-01-10' },
      );
      for (const collection of collections) {
        expect(['2026-12-25', '2026-12-26', '2027-01-01', '2027-01-06']).not.to.include(collection.date);
        if (collection.originalDate) {
          shifted++;
          expect(collection.shiftReason).to.be.oneOf(['Weihnachten', 'Neujahr', 'Heilige Drei Könige']);
          expect(collection.date > collection.originalDate).to.be.true;
        }
      }
    }
    expect(shifted).to.be.greaterThan(0);
  });

  it('needs a house number for split streets', async () => {
    await useMockApi();
    const split = streets.find((street) => street.split)!;
    const civic = client();
    const { houseNumbers } = await civic.waste.listHouseNumbers(split.id);
    expect(houseNumbers.length).to.be.greaterThan(1);
    const error = await civic.waste
      .getCollections({ streetId: split.id }, { from: '2026-12-01', to: '2026-12-31' })
      .catch((caught: unknown) => caught);
    expect((error as { status: number }).status).to.equal(400);
    const schedule = await civic.waste.getCollections(
      { streetId: split.id, houseNumberId: houseNumbers[0]!.id },
      { from: '2026-12-01', to: '2026-12-31' },
    );
    expect(schedule.address.label).to.contain(houseNumbers[0]!.label);
    expect(schedule.collections.length).to.be.greaterThan(4);
  });

  it('filters facilities by category and bounding box', async () => {
    await useMockApi();
    const civic = client();
    const glass = await civic.facilities.search({ categoryIds: ['glass'] });
    expect(glass.features.length).to.be.at.least(100);
    expect(glass.features.every((feature) => feature.properties.categoryId === 'glass')).to.be.true;
    const box = await civic.facilities.search({ bbox: [8.68, 49.4, 8.7, 49.41] });
    for (const feature of box.features) {
      const [lon, lat] = feature.geometry.coordinates;
      expect(lon >= 8.68 && lon <= 8.7 && lat >= 49.4 && lat <= 49.41).to.be.true;
    }
  });
});
